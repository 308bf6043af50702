// racy: flags struct: bits a:4 and b:4 adjacent; t1 writes a, t2 writes b via a pointer to the struct.
#include <pthread.h>
struct flags { unsigned a : 4, b : 4; };
struct flags gf;
void *t1(void *x) { gf.a = 1; return 0; }
void *t2(void *x) { struct flags *p = x; p->b = 2; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, &gf);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return gf.a;
}
