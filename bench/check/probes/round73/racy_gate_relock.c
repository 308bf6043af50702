/* TRUTH: racy — main unlocks m then relocks it before writing g (line 9); w can pass the gate in between and read g (line 5) concurrently */ #include <pthread.h>
#include <sched.h>
#include <time.h>
int g; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *x){ pthread_mutex_lock(&m); pthread_mutex_unlock(&m); return (void*)(long)g; }
int main(void){ pthread_t t; pthread_mutex_lock(&m); pthread_create(&t,0,w,0);
  pthread_mutex_unlock(&m); sched_yield(); pthread_mutex_lock(&m);
  g = 5;
  pthread_mutex_unlock(&m); pthread_join(t,0); return 0; }
