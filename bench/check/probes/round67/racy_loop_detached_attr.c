/* TRUTH: racy — threads created detached via attr; pthread_join fails with EINVAL, instances overlap */
#include <pthread.h>
#include <unistd.h>
int x;
void *f(void *a){ usleep(1000); x++; return 0; }
int main(void){ pthread_t t; pthread_attr_t at; pthread_attr_init(&at); pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
  for (int i=0;i<4;i++){ pthread_create(&t,&at,f,0); pthread_join(t,0);} sleep(1); return 0; }
