/* TRUTH: free — tweak() receives the global struct by value and modifies only its own copy */
#include <pthread.h>
struct S { int x; int arr[4]; } gs = { 1, {1,2,3,4} };
static int tweak(struct S s){ s.x = 9; s.arr[0] = 9; return s.x + s.arr[0]; }
void *w(void *a){ return (void*)(long)tweak(gs); }
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  gs.x = 0;
  return gs.x;
}
