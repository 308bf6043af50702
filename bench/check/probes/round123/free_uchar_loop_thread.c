/* TRUTH: free — thread u with v == 3 spins forever (unsigned char < 256) before its write; other v skip it */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *u(void *p) {
  int v = __VERIFIER_nondet_int();
  if (v == 3) {
    for (unsigned char i = 0; i < 256; i++)
      ;
  }
  if (v == 3) x = 1;
  return NULL;
}
int main(void) {
  pthread_t id;
  pthread_create(&id, 0, u, 0);
  x = 2;
  pthread_join(id, 0);
  return 0;
}
