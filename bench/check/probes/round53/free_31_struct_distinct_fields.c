/* TRUTH: free — thread A writes only st.left, thread B only st.right; distinct non-bitfield members are distinct memory locations */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_31_struct_distinct_fields.c", 4, "reach_error"); }
struct pair { int left; int right; } st;

void *wl(void *a) { for (int i = 0; i < 3; i++) st.left += i; return 0; }
void *wr(void *a) { for (int i = 0; i < 3; i++) st.right -= i; return 0; }

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, wl, 0);
  pthread_create(&b, 0, wr, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (st.left != 3 || st.right != -3) reach_error();
  return 0;
}
