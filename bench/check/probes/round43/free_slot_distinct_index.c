/* TRUTH: free — threads given (void*)1 and (void*)2 write slot[1] and slot[2], distinct locations; main reads after joins */
#include <pthread.h>
int slot[4];
void *w(void *arg) { long id = (long)arg; slot[id] = (int)id * 10; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)1);
  pthread_create(&t2, 0, w, (void *)2);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return slot[1] + slot[2];
}
