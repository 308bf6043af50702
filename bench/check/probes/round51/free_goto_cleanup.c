/* TRUTH: free — all error exits jump to a label that unlocks; log_len/log_buf only accessed with log_lock held */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;
char log_buf[64];
int log_len;

static int log_append(const char *s)
{
  int ret = 0;
  size_t n = strlen(s);
  pthread_mutex_lock(&log_lock);
  if (n == 0) {
    ret = -1;
    goto out;
  }
  if (log_len + (int)n >= (int)sizeof log_buf) {
    ret = -2;
    goto out;
  }
  memcpy(log_buf + log_len, s, n);
  log_len += (int)n;
out:
  pthread_mutex_unlock(&log_lock);
  return ret;
}

void *t(void *arg)
{
  for (int i = 0; i < 3; i++)
    if (log_append(__VERIFIER_nondet_int() ? "abc" : "") == -2)
      break;
  return 0;
}

int main(void)
{
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return log_len > 63;
}
