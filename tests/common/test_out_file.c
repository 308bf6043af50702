/* Unit tests of whole-or-nothing output files: rename on commit, nothing left on abort, devices written in place. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "out_file.h"

static char dir[] = "/tmp/weft-out-test-XXXXXX";

static int files_in_dir(void)
{
    int n = 0;
    DIR *d = opendir(dir);
    struct dirent *e;
    while ((e = readdir(d)))
        n += e->d_name[0] != '.';
    closedir(d);
    return n;
}

static void test_commit_replaces_whole(void **state)
{
    (void)state;
    char path[256], err[256], buf[64] = "";
    snprintf(path, sizeof(path), "%s/a.txt", dir);
    FILE *f = fopen(path, "w");
    fputs("old", f);
    fclose(f);
    struct weft_out o;
    assert_int_equal(weft_out_open(&o, path, err, sizeof(err)), 0);
    fputs("new", o.f);
    /* Until commit, readers still see the old file. */
    f = fopen(path, "r");
    assert_non_null(fgets(buf, sizeof(buf), f));
    fclose(f);
    assert_string_equal(buf, "old");
    assert_int_equal(weft_out_commit(&o, err, sizeof(err)), 0);
    f = fopen(path, "r");
    assert_non_null(fgets(buf, sizeof(buf), f));
    fclose(f);
    assert_string_equal(buf, "new");
    assert_int_equal(files_in_dir(), 1);
    unlink(path);
}

static void test_abort_leaves_nothing(void **state)
{
    (void)state;
    char path[256], err[256];
    snprintf(path, sizeof(path), "%s/b.txt", dir);
    struct weft_out o;
    assert_int_equal(weft_out_open(&o, path, err, sizeof(err)), 0);
    fputs("half", o.f);
    weft_out_abort(&o);
    assert_int_equal(access(path, F_OK), -1);
    assert_int_equal(files_in_dir(), 0);
}

static void test_fifo_is_written_in_place(void **state)
{
    (void)state;
    char path[256], err[256];
    snprintf(path, sizeof(path), "%s/fifo", dir);
    assert_int_equal(mkfifo(path, 0600), 0);
    FILE *reader = NULL;
    pid_t pid = fork();
    if (pid == 0) {
        /* Child: the writer side, through weft_out. */
        struct weft_out o;
        if (weft_out_open(&o, path, err, sizeof(err)))
            _exit(1);
        fputs("through the fifo", o.f);
        _exit(weft_out_commit(&o, err, sizeof(err)) ? 1 : 0);
    }
    reader = fopen(path, "r");
    char buf[64] = "";
    assert_non_null(fgets(buf, sizeof(buf), reader));
    fclose(reader);
    int status;
    waitpid(pid, &status, 0);
    assert_int_equal(status, 0);
    assert_string_equal(buf, "through the fifo");
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_true(S_ISFIFO(st.st_mode)); /* not replaced by a regular file */
    unlink(path);
}

static void test_errors_name_the_path(void **state)
{
    (void)state;
    char err[256] = "";
    struct weft_out o;
    assert_true(weft_out_open(&o, "/nonexistent-dir/x.txt", err, sizeof(err)) < 0);
    assert_non_null(strstr(err, "/nonexistent-dir/x.txt"));
    assert_true(weft_out_open(&o, dir, err, sizeof(err)) < 0);
    assert_non_null(strstr(err, "directory"));
}

static int setup(void **state)
{
    (void)state;
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    return rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_commit_replaces_whole),
        cmocka_unit_test(test_abort_leaves_nothing),
        cmocka_unit_test(test_fifo_is_written_in_place),
        cmocka_unit_test(test_errors_name_the_path),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
