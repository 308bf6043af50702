/* TRUTH: free — v == 3: spin() never returns (unsigned char < 256 always), so x++ never runs */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void spin(void) {
  for (unsigned char i = 0; i < 256; i++)
    ;
}
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int v = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (v == 3) spin();
  if (v == 3) x++;
  pthread_join(id, 0);
  return 0;
}
