/* TRUTH: racy — pthread_timedjoin_np with past deadline may time out, instance keeps running into the next pass */
#define _GNU_SOURCE
#include <pthread.h>
#include <time.h>
#include <unistd.h>
int x;
void *f(void *a){ usleep(2000); x++; return 0; }
int main(void){ pthread_t t; struct timespec ts = {0,0};
  for (int i=0;i<4;i++){ pthread_create(&t,0,f,0); pthread_timedjoin_np(t,0,&ts);} sleep(1); return 0; }
