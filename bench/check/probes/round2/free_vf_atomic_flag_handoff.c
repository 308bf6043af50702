/* TRUTH: free. t1 writes data, then sets flag in an atomic section; t2 reads flag in an
   atomic section and reads data only when it saw flag==1 (atomic sections are totally
   ordered, so the write happens before the read). */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int data;
int flag;
void *t1(void *arg) { data = 42; __VERIFIER_atomic_begin(); flag = 1; __VERIFIER_atomic_end(); return NULL; }
void *t2(void *arg) {
  int f;
  __VERIFIER_atomic_begin(); f = flag; __VERIFIER_atomic_end();
  if (f) return (void *)(long)data;
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t1, NULL);
  pthread_create(&b, NULL, t2, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
