/* racy: w re-reads g under m in iteration 2 after main set g=1 (under m), then writes x under m while main writes x unlocked */
#include <pthread.h>
#include <unistd.h>
int g; int x; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a){
  pthread_mutex_lock(&m);
  if (g == 0) {
    for (int i = 0; i < 2; i++) {
      if (g == 1) x = 1;
      pthread_mutex_unlock(&m);
      usleep(1000);
      pthread_mutex_lock(&m);
    }
  }
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void){ pthread_t t; pthread_create(&t,0,w,0); pthread_mutex_lock(&m); g = 1; pthread_mutex_unlock(&m); x = 2; pthread_join(t,0); return x; }
