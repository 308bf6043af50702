/* racy: thread A zeroes the first sizeof st.x + sizeof(int) bytes of st through a char pointer, covering st.y[0] that B writes */
#include <pthread.h>
#include <string.h>
struct st { int x[8]; int y[8]; } st;
void *A(void *p) { (void)p; unsigned char *b = (unsigned char *)&st; memset(b, 0, sizeof st.x + sizeof(int)); return NULL; }
void *B(void *p) { (void)p; st.y[0] = 1; return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, A, NULL);
  pthread_create(&b, NULL, B, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return st.y[0];
}
