/* TRUTH: racy — st.n is _Atomic but st.last is a plain int written by both threads */
#include <pthread.h>
struct { _Atomic int n; int last; } st;
void *f1(void *a) { st.n++; st.last = 1; return 0; }
void *f2(void *a) { st.n++; st.last = 2; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, f1, 0);
  pthread_create(&y, 0, f2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return st.last;
}
