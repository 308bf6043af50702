/* TRUTH: free — recursion: each level creates a thread for next level and joins it; each level writes its own slot */
#include <pthread.h>
int slot[4];
void *lvl(void *p){ long d = (long)p; slot[d] = 1; if (d < 3){ pthread_t t; pthread_create(&t,0,lvl,(void*)(d+1)); pthread_join(t,0);} return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,lvl,(void*)0); pthread_join(t,0); return slot[0]+slot[3]; }
