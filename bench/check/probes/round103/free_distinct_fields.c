/* TRUTH: free — one thread writes s.a, the other s.b: distinct (non-bit-field) members are separate memory locations */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }


struct pair { int a; int b; };
struct pair s;

void *set_a(void *arg) { s.a = 1; return 0; }
void *set_b(void *arg) { s.b = 2; return 0; }

int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, set_a, 0);
  pthread_create(&y, 0, set_b, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return s.a + s.b;
}
