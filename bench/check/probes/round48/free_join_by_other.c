/* TRUTH: free — thread J joins the writer before its x++; the handle t1 is stored by main before J is created */
#include <pthread.h>
int x; pthread_t t1;
void *w(void *a) { x = 1; return 0; }
void *J(void *a) { pthread_join(t1, 0); x++; return 0; }
int main(void) {
  pthread_t t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, J, 0);
  pthread_join(t2, 0);
  return x;
}
