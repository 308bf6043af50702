/* TRUTH: free — C11 call_once initialises table exactly once before any caller proceeds */
#include <threads.h>
#include <stdio.h>
once_flag of = ONCE_FLAG_INIT; int table[8];
void init(void) { for (int i = 0; i < 8; i++) table[i] = i; }
int w(void *a) { call_once(&of, init); return table[7]; }
int main(void) {
  thrd_t a, b;
  thrd_create(&a, w, 0); thrd_create(&b, w, 0);
  thrd_join(a, 0); thrd_join(b, 0); return 0;
}
