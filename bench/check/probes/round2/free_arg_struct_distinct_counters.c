/* TRUTH: free. Two argument structs point at two different globals. */
#include <pthread.h>
struct arg { int id; int *counter; };
int sum1, sum2;
void *worker(void *p) { struct arg *a = p; *a->counter += a->id; return NULL; }
int main(void) {
  struct arg a1 = { 1, &sum1 }, a2 = { 2, &sum2 };
  pthread_t x, y;
  pthread_create(&x, NULL, worker, &a1);
  pthread_create(&y, NULL, worker, &a2);
  pthread_join(x, NULL); pthread_join(y, NULL);
  return sum1 + sum2;
}
