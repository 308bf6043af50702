/* TRUTH: racy. A thread started by a thread races with main, which never waits for it
   before its own write (parent is joined, but the child is joined only by the parent
   AFTER main's write can happen? No: main joins parent first). Here main writes BEFORE
   joining the parent, while the child may be running. */
#include <pthread.h>
int result;
void *child(void *arg) { result = 1; return NULL; }
void *parent(void *arg) {
  pthread_t c;
  pthread_create(&c, NULL, child, NULL);
  pthread_join(c, NULL);
  return NULL;
}
int main(void) {
  pthread_t p;
  pthread_create(&p, NULL, parent, NULL);
  result = 2;
  pthread_join(p, NULL);
  return result;
}
