/* TRUTH: racy. Two argument structs (distinct locals) both point at the same global
   counter; both threads increment it without a lock. */
#include <pthread.h>
struct arg { int id; int *counter; };
int total;
void *worker(void *p) { struct arg *a = p; *a->counter += a->id; return NULL; }
int main(void) {
  struct arg a1 = { 1, &total }, a2 = { 2, &total };
  pthread_t x, y;
  pthread_create(&x, NULL, worker, &a1);
  pthread_create(&y, NULL, worker, &a2);
  pthread_join(x, NULL); pthread_join(y, NULL);
  return total;
}
