/* TRUTH: racy — lp==&m2, different mutex, no protection */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
pthread_mutex_t m=PTHREAD_MUTEX_INITIALIZER, m2=PTHREAD_MUTEX_INITIALIZER; pthread_mutex_t *lp=&m2; int v;
void *t1(void *arg){ (void)arg; pthread_mutex_lock(&m); v++; pthread_mutex_unlock(&m); return 0; }
void *t2(void *arg){ (void)arg; pthread_mutex_lock(lp); v++; pthread_mutex_unlock(lp); return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
