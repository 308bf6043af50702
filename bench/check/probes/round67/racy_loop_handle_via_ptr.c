/* TRUTH: racy — handle overwritten through an alias pointer before the plain join; join fails, instances overlap */
#include <pthread.h>
#include <unistd.h>
int x;
void *f(void *a){ usleep(1000); x++; return 0; }
int main(void){ pthread_t t; pthread_t *p = &t; for (int i=0;i<4;i++){ pthread_create(&t,0,f,0); *p = pthread_self(); pthread_join(t,0);} sleep(1); return 0; }
