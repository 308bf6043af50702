/* TRUTH: free. A zero-width bit-field separates a and b into distinct memory
   locations (C11 3.14 note), so concurrent writes to them do not race. */
#include <pthread.h>
struct flags { unsigned a : 4; unsigned : 0; unsigned b : 4; };
struct flags F;
void *worker(void *arg) { F.a = 3; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  F.b = 5;
  pthread_join(t, NULL);
  return F.a + F.b;
}
