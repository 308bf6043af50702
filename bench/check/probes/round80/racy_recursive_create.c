/* TRUTH: racy — recursion: each level writes shared depth counter, child created before parent's write, not joined first */
#include <pthread.h>
int cnt;
void *lvl(void *p){ long d = (long)p; pthread_t t; if (d < 3) pthread_create(&t,0,lvl,(void*)(d+1)); cnt++; if (d < 3) pthread_join(t,0); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,lvl,(void*)0); pthread_join(t,0); return cnt; }
