/* TRUTH: racy. thread b's argument (unsigned char)512 is null, so it updates the shared default object like main does */
#include <pthread.h>
struct s { int v; };
struct s def, own;
void *t(void *arg) {
  if (arg)
    ((struct s *)arg)->v++;
  else
    def.v++;
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)&own);
  pthread_create(&b, 0, t, (void *)(unsigned char)512);
  def.v = 7;
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
