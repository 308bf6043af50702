/* TRUTH: racy — main holds m across create but pthread_cond_wait releases it; w passes, sets ready, unlocks and reads g (line 5) while main writes g (line 9) after waking */ #include <pthread.h>
#include <sched.h>
#include <time.h>
int g, ready; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER;
void *w(void *x){ pthread_mutex_lock(&m); ready = 1; pthread_cond_signal(&c); pthread_mutex_unlock(&m); return (void*)(long)g; }
int main(void){ pthread_t t; pthread_mutex_lock(&m); pthread_create(&t,0,w,0);
  while (!ready) pthread_cond_wait(&c, &m);
  g = 5;
  pthread_mutex_unlock(&m); pthread_join(t,0); return 0; }
