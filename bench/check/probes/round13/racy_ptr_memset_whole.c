/* racy: thread A clears the whole struct with memset(&st, ...) while thread B writes st.y */
#include <pthread.h>
#include <string.h>
struct st { int x[8]; int y[8]; } st;
void *A(void *p) { (void)p; memset(&st, 0, sizeof st); return NULL; }
void *B(void *p) { (void)p; memset(st.y, 0, sizeof st.y); st.y[0] = 1; return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, A, NULL);
  pthread_create(&b, NULL, B, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return st.y[0];
}
