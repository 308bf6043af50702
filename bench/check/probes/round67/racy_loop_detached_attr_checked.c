/* TRUTH: racy — threads created detached via attr; join only if attr says joinable (never), instances overlap; no UB */
#include <pthread.h>
#include <unistd.h>
int x;
void *f(void *a){ usleep(1000); x++; return 0; }
int main(void){ pthread_t t; int ds; pthread_attr_t at; pthread_attr_init(&at); pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
  pthread_attr_getdetachstate(&at, &ds);
  for (int i=0;i<4;i++){ pthread_create(&t,&at,f,0); if (ds == PTHREAD_CREATE_JOINABLE) pthread_join(t,0);} sleep(1); return 0; }
