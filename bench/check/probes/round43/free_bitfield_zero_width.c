/* TRUTH: free — a zero-width bit-field separates flags.a and flags.b into two memory locations (C11 3.14), so t1 and t2 write different locations */
#include <pthread.h>
struct F { unsigned int a : 4; unsigned int : 0; unsigned int b : 4; } flags;
void *f1(void *p) { flags.a = 3; return 0; }
void *f2(void *p) { flags.b = 5; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, f1, 0);
  pthread_create(&y, 0, f2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return flags.a + flags.b;
}
