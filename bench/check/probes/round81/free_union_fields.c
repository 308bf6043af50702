/* TRUTH: free — s.a and s.b are distinct struct members */
#include <pthread.h>
struct U { int a; int b; } u;
void *w(void *p) { u.a = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  u.b = 2;
  pthread_join(t, 0);
  return u.a;
}
