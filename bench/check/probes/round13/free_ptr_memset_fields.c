/* race-free: thread A memsets st.x (its own array member), thread B memsets st.y */
#include <pthread.h>
#include <string.h>
#include <assert.h>
struct st { int x[8]; int y[8]; } st;
void *A(void *p) { (void)p; memset(st.x, 0xff, sizeof st.x); return NULL; }
void *B(void *p) { (void)p; memset(st.y, 0, sizeof st.y); st.y[0] = 1; return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, A, NULL);
  pthread_create(&b, NULL, B, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  assert(st.x[0] == -1 && st.y[0] == 1);
  return 0;
}
