/* TRUTH: free. main holds m from before creating t1 until after joining it, so t1's
   unlocked write cannot overlap t2's write under m. */
#include <pthread.h>
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *t1(void *arg) { x = 1; return NULL; }
void *t2(void *arg) { pthread_mutex_lock(&m); x = 2; pthread_mutex_unlock(&m); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&b, NULL, t2, NULL);
  pthread_mutex_lock(&m);
  pthread_create(&a, NULL, t1, NULL);
  pthread_join(a, NULL);
  pthread_mutex_unlock(&m);
  pthread_join(b, NULL);
  return x;
}
