/* TRUTH: free — v == 3: an unsigned char is always < 256, main spins forever and never writes x; other v skip x++ */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int v = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (v == 3) {
    for (unsigned char i = 0; i < 256; i++)
      ;
  }
  if (v == 3) x++;
  pthread_join(id, 0);
  return 0;
}
