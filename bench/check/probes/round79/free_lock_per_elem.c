/* TRUTH: free — lock m[i] protects d[i]; T2 locks m[1], writes d[1] */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
pthread_mutex_t m[2]={PTHREAD_MUTEX_INITIALIZER,PTHREAD_MUTEX_INITIALIZER}; int d[2];
void *t1(void *arg){ (void)arg; pthread_mutex_lock(&m[0]); d[0]++; pthread_mutex_unlock(&m[0]); return 0; }
void *t2(void *arg){ (void)arg; pthread_mutex_lock(&m[1]); d[1]++; pthread_mutex_unlock(&m[1]); return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
