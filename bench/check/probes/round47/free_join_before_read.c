/* TRUTH: free — only the child writes data; main reads it after pthread_join */
#include <pthread.h>
int data;
void *child(void *a) { data = 42; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, child, 0);
  pthread_join(t, 0);
  return data == 42 ? 0 : 1;
}
