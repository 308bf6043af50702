// free: the handle is copied (h2 = h) and the join uses the copy; main reads res after it.
#include <pthread.h>
int res;
void *w(void *a) { res = 9; return 0; }
int main(void) {
  pthread_t h, h2;
  pthread_create(&h, 0, w, 0);
  h2 = h;
  pthread_join(h2, 0);
  return res;
}
