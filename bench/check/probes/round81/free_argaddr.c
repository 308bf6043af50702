/* TRUTH: free — each worker gets the address of its own array element ids[i], never modified after create */
#include <pthread.h>
int slot[4];
void *w(void *a) { int k = *(int *)a; slot[k & 3] = 1; return 0; }
int main(void) {
  pthread_t t[2];
  int ids[2];
  for (int i = 0; i < 2; i++) { ids[i] = i; pthread_create(&t[i], 0, w, &ids[i]); }
  for (int j = 0; j < 2; j++) pthread_join(t[j], 0);
  return slot[0];
}
