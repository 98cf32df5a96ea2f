/** The network's time zone: times are entered and shown as in Paris, stored in UTC. */
export const NETWORK_TIME_ZONE = 'Europe/Paris'
