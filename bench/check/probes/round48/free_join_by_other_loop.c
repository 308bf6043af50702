/* TRUTH: free — in J's loop, iteration 0 joins the writer and x++ happens only in iteration 1 */
#include <pthread.h>
int x; pthread_t t1;
void *w(void *a) { x = 1; return 0; }
void *J(void *a) {
  for (int i = 0; i < 2; i++) {
    if (i) x++;
    else pthread_join(t1, 0);
  }
  return 0;
}
int main(void) {
  pthread_t t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, J, 0);
  pthread_join(t2, 0);
  return x;
}
