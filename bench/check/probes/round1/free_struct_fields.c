/* TRUTH: free. Two threads write two different (non-bit-field) members of one struct. */
#include <pthread.h>
struct pt { int x, y; };
struct pt cur;
void *worker(void *arg) { cur.x = 1; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  cur.y = 2;
  pthread_join(t, NULL);
  return cur.x + cur.y;
}
