/* TRUTH: racy — main waits with pthread_cond_timedwait (releases m); w passes the gate and reads g (line 5) concurrently with main write (line 9) */ #include <pthread.h>
#include <sched.h>
#include <time.h>
int g; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t c = PTHREAD_COND_INITIALIZER;
void *w(void *x){ pthread_mutex_lock(&m); pthread_mutex_unlock(&m); return (void*)(long)g; }
int main(void){ pthread_t t; pthread_mutex_lock(&m); pthread_create(&t,0,w,0);
  struct timespec ts; clock_gettime(CLOCK_REALTIME, &ts); ts.tv_nsec = 0; ts.tv_sec += 1; pthread_cond_timedwait(&c, &m, &ts);
  g = 5;
  pthread_mutex_unlock(&m); pthread_join(t,0); return 0; }
