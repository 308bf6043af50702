/* TRUTH: free. Argument structs carry a pointer to the shared counter and to the one
   global mutex guarding it. */
#include <pthread.h>
struct arg { int id; int *counter; pthread_mutex_t *lock; };
int total;
pthread_mutex_t tm = PTHREAD_MUTEX_INITIALIZER;
void *worker(void *p) { struct arg *a = p; pthread_mutex_lock(a->lock); *a->counter += a->id; pthread_mutex_unlock(a->lock); return NULL; }
int main(void) {
  struct arg a1 = { 1, &total, &tm }, a2 = { 2, &total, &tm };
  pthread_t x, y;
  pthread_create(&x, NULL, worker, &a1);
  pthread_create(&y, NULL, worker, &a2);
  pthread_join(x, NULL); pthread_join(y, NULL);
  return total;
}
