/* TRUTH: racy — w only trylocks the gate; when it fails (main holds m) w reads g (line 5) anyway while main writes g (line 8) */ #include <pthread.h>
#include <sched.h>
#include <time.h>
int g; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *x){ if (pthread_mutex_trylock(&m) == 0) pthread_mutex_unlock(&m); return (void*)(long)g; }
int main(void){ pthread_t t; pthread_mutex_lock(&m); pthread_create(&t,0,w,0);
  g = 5;
  pthread_mutex_unlock(&m); pthread_join(t,0); return 0; }
