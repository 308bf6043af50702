/* TRUTH: free — both workers get ids 2 and 3; `(id & 2)` is nonzero for both, so each calls pthread_exit before `shared = id`; no access to shared happens in any thread but main's read after the joins. */
#include <pthread.h>
static int shared;
static void *w(void *p) {
  long id = (long)p;
  long bits = id;
  bits &= 2;
  if (bits) pthread_exit(0);
  shared = (int)id;
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, w, (void *)2);
  pthread_create(&y, 0, w, (void *)3);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return shared;
}
