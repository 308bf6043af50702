/* TRUTH: free. A global context struct holds a pointer to a global counter; the thread
   updates it through the field under gm, main updates the counter directly under gm. */
#include <pthread.h>
struct ctx { int *counter; } C;
int g;
pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
void *worker(void *arg) { pthread_mutex_lock(&gm); (*C.counter)++; pthread_mutex_unlock(&gm); return NULL; }
int main(void) {
  C.counter = &g;
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  pthread_mutex_lock(&gm); g += 10; pthread_mutex_unlock(&gm);
  pthread_join(t, NULL);
  return g;
}
