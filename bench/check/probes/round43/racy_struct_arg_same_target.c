/* TRUTH: racy — both thread argument structs have out == &sum, so both threads write sum via a->out */
#include <pthread.h>
struct job { int *out; int val; };
int sum, other;
void *w(void *p) { struct job *j = p; *j->out += j->val; return 0; }
int main(void) {
  struct job ja = { &sum, 1 }, jb = { &sum, 2 };
  pthread_t x, y;
  pthread_create(&x, 0, w, &ja);
  pthread_create(&y, 0, w, &jb);
  pthread_join(x, 0); pthread_join(y, 0);
  return sum + other;
}
