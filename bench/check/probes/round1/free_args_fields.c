/* TRUTH: free. Two instances of one function get &s.a and &s.b: disjoint fields. */
#include <pthread.h>
struct ab { int a; int b; };
struct ab s;
void *bump(void *arg) { int *p = arg; *p += 1; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, bump, &s.a);
  pthread_create(&t2, NULL, bump, &s.b);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return s.a + s.b;
}
