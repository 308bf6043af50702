/* TRUTH: free — jf points to pthread_join, so main joins the thread before writing g */
#include <pthread.h>
#include <stdio.h>
int g;
void *w(void *a) { g = 1; return 0; }
int main(void) {
  pthread_t t;
  int (*jf)(pthread_t, void **) = pthread_join;
  pthread_create(&t, 0, w, 0);
  jf(t, 0);
  g = 2;
  printf("%d\n", g);
  return 0;
}
