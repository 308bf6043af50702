/* TRUTH: free — J points to pthread_join; main joins the first worker through it before creating the second */
#include <pthread.h>
int x;
void *w(void *a) { x++; return 0; }
int (*J)(pthread_t, void **) = pthread_join;
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  J(t1, 0);
  pthread_create(&t2, 0, w, 0);
  J(t2, 0);
  return x;
}
