/* TRUTH: free — args 1 and 2 as unsigned char index cell[1] and cell[2], distinct */
#include <pthread.h>
#include <stdint.h>
int cell[300];
void *w(void *arg) { unsigned char id = (unsigned char)(uintptr_t)arg; cell[id] = 7; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)1);
  pthread_create(&t2, 0, w, (void *)2);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return cell[1];
}
